# Argument errors of builtins whose parameters Argument Clinic binds:
# too many, no positional, missing, duplicated and unknown keywords, in CPython's order.
for call in ["open(1,2,3,4,5,6,7,8,9)", "open(file='x', bogus=1)", "open('x', file='y')", "open(mode='r')",
             "compile('1','f','eval',0,0,0,0)", "compile(source='1', filename='f', mode='eval', junk=1)", "compile('1')",
             "(1).to_bytes(1,'big',True)", "(1).to_bytes(length=1, x=2)", "int.from_bytes(b'', 'big', byteorder='big')",
             "compile(a=1,b=2,c=3,d=4,e=5,f=6,g=7)"]:
    try:
        eval(call)
    except Exception as e:
        print(type(e).__name__, e)

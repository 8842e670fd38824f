# The shlex.shlex lexer: modes, attributes, punctuation_chars, get_token.
import shlex

lex = shlex.shlex('a b "c d" e,f # comment\nnext')
print(list(lex))
lex = shlex.shlex('a b "c d" e,f # comment\nnext', posix=True)
print(list(lex))
lex = shlex.shlex('a && b || c; (d) > e', punctuation_chars=True)
print(list(lex))
lex = shlex.shlex('a && b || c; (d) > e ~/x.py', posix=True, punctuation_chars=True)
lex.whitespace_split = True
print(list(lex))
lex = shlex.shlex('a;b', punctuation_chars=';')
print(list(lex), lex.punctuation_chars)
lex = shlex.shlex('x y z')
print(lex.get_token(), lex.lineno)
lex.push_token('pushed')
print(lex.get_token(), lex.get_token(), lex.get_token(), repr(lex.get_token()))
lex = shlex.shlex('one\ntwo\nthree', posix=True)
while True:
    tok = lex.get_token()
    if tok is None:
        break
    print(tok, lex.lineno)
print(repr(lex.get_token()), lex.eof, shlex.shlex('').eof == '')
lex = shlex.shlex('a', infile='f.txt')
print(lex.error_leader(), lex.error_leader('g', 9))
lex = shlex.shlex('key=value other:thing')
lex.wordchars += '=:'
print(list(lex))
lex = shlex.shlex("a 'b c' d", posix=True)
lex.quotes = '"'
print(list(lex))
lex = shlex.shlex('a,b,c', posix=True)
lex.whitespace = ','
print(list(lex))
lex = shlex.shlex('!x -y', posix=True)
print(list(lex))
print(lex.commenters, repr(lex.whitespace), lex.quotes, lex.escape, lex.escapedquotes)
print(shlex.shlex('').wordchars)

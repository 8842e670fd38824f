# Long flat or left-associative chains compile: CPython's limit is on the
# depth of the tree (RecursionError during compilation), not on the number
# of operators; bracket nesting stops at 200 ("too many nested parentheses").
a = 1
b = 2

def run(src, mode='eval'):
    try:
        code = compile(src, 'chain.py', mode)
        return eval(code) if mode == 'eval' else 'compiled'
    except SyntaxError as e:
        return 'SyntaxError: %s (%s)' % (e.msg, e.lineno)
    except (RecursionError, MemoryError) as e:
        return '%s: %s' % (type(e).__name__, e)

print(run('+'.join(['a'] * 201)))
print(run(' or '.join(['0'] * 100 + ['b'])))
print(run(' and '.join(['a'] * 101)))
print(run('<'.join(['a'] * 300)), run('<='.join(['a'] * 300)))
print(run('-'.join(['a'] * 2500)), run('*'.join(['b'] * 64)))
print(run('a' + '.real' * 2000), run('-' * 2001 + 'a'), run('not ' * 1001 + 'a'))
print(run(' if a else '.join(['b'] * 1500)))
print(run('x = ' + '+'.join(['a'] * 2900), 'exec'))
print(run('+'.join(['a'] * 5000)))
print(run('+'.join(['a'] * 100000)))
print(run('-' * 5000 + 'a'), run('a' + '.real' * 5000))
print(run(' or '.join(['0'] * 100000 + ['b'])), run('<'.join(['a'] * 100000)))
print(run('(' * 200 + 'a' + ')' * 200), run('(' * 201 + 'a' + ')' * 201))
print(run('[' * 200 + ']' * 200) == eval('[' * 200 + ']' * 200), run('[' * 201 + ']' * 201))
print(run('{' * 201 + '}' * 201), run('f(' * 150 + ')' * 150 if False else 'a'))
print(run('[' + ', '.join(['a'] * 10000) + '][-1]'), run('(' + '+'.join(['a'] * 1000) + ')*2'))
src = 'def f(x):\n    return ' + ' + '.join(['x'] * 1500) + '\nprint(f(2))\n'
exec(src)

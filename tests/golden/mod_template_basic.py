# string.Template: substitute, safe_substitute, $$, ${name}, and errors.
from string import Template


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


s = Template('$who likes $what')
print(s.substitute(who='tim', what='kung pao'))
print(s.substitute({'who': 'tim', 'what': 'pho'}))
print(s.substitute({'who': 'tim', 'what': 'pho'}, what='ramen'))
print(s.safe_substitute(who='tim'), s.template)
print(Template('$$ costs ${price}USD, $$$n').substitute(price=5, n=3))
print(Template('${a}${b}$a$b').substitute(a=1, b=[2]))
print(Template('$_under $x1 $X_y').substitute(_under='u', x1='one', X_y='xy'))
print(Template('a$ b').safe_substitute(), Template('$').safe_substitute())
print(Template('${bad name} ${ok} $9').safe_substitute(ok='fine'))
print(Template('${unclosed').safe_substitute(unclosed=1))
print(Template('no placeholders').substitute())
print(Template('$a.$b-$c!').substitute(a=1, b=2, c=3))
print(Template('ünï $x').substitute(x='cödé'))
t(lambda: Template('$who likes $what').substitute(who='tim'))
t(lambda: Template('Hello $').substitute())
t(lambda: Template('Hi $!').substitute())
t(lambda: Template('line\n  two $1').substitute())
t(lambda: Template('a\nb\n$').substitute())
t(lambda: Template('${x').substitute(x=1))
t(lambda: Template('$ x').substitute(x=1))
t(lambda: Template('$x').substitute({}, {}))
t(lambda: Template('$x').substitute(None))
print(Template('$a ${b} $$ $a').get_identifiers(), Template('$a $').is_valid(), Template('$a').is_valid())


class Percent(Template):
    delimiter = '%'


print(Percent('%name is %% %{x}').substitute(name='n', x='y'))
t(lambda: Percent('50%').substitute())
print(Template.delimiter, Percent.delimiter, Template('x').template)

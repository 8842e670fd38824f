# inspect.signature: str(), parameters, kinds, defaults, annotations,
# methods and classes, bind(), and misuse.
import inspect
from inspect import Parameter, Signature


def f(a, b: int = 2, *args, c, d='x', **kw) -> str:
    pass


def g(a, /, b, *, c=[1]):
    pass


async def h():
    pass


def multi(a: list[int],
          b: 'fwd' = (1, 2),  # a comment, with a comma
          *, c: dict = {'k': (1, 2)}) -> None:
    pass


print(inspect.signature(f), inspect.signature(g), inspect.signature(h),
      inspect.signature(lambda x, y=3: 0))
print(inspect.signature(multi))


def tricky(a=')', b: int = (1, ')'), c="(", *, d=lambda x: (x, ':')) -> tuple[int, (str)]:
    pass


print(str(inspect.signature(tricky)).split(', d=')[0], inspect.signature(tricky).return_annotation)
s = inspect.signature(f)
print(s.parameters)
print(list(s.parameters), s.return_annotation, repr(s))
p = s.parameters['b']
print(p, repr(p), p.kind, p.default, p.annotation, p.name, p.kind.description)
print(s.parameters['a'].default is Parameter.empty, s.parameters['a'].annotation is Signature.empty)
print(Parameter.POSITIONAL_ONLY, repr(Parameter.KEYWORD_ONLY), int(Parameter.VAR_KEYWORD))

b = s.bind(1, c=3)
print(b, b.arguments, b.args, b.kwargs)
b.apply_defaults()
print(b)
print(s.bind(1, 2, 3, 4, c=5, z=6), s.bind_partial(c=1))
for args, kwargs in [((), {}), ((1, 2, 3), {}), ((1,), {'b': 2, 'q': 1}),
                     ((), {'a': 1, 'b': 2}), ((1, 2), {'b': 3})]:
    try:
        print(inspect.signature(g).bind(*args, **kwargs))
    except TypeError as e:
        print('TypeError', e)


class A:
    def m(self, x):
        pass

    @classmethod
    def c(cls, y):
        pass

    @staticmethod
    def s(z):
        pass

    def __init__(self, q, r=1):
        pass

    def __call__(self, n, *, m: 'str'):
        pass


class Empty:
    pass


a = A(1)
print(inspect.signature(A.m), inspect.signature(a.m), inspect.signature(A.c))
print(inspect.signature(A.s), inspect.signature(A), inspect.signature(a), inspect.signature(Empty))

print(Parameter('x', Parameter.KEYWORD_ONLY, default=3),
      Signature([Parameter('x', Parameter.POSITIONAL_ONLY)]),
      Signature([Parameter('v', Parameter.VAR_POSITIONAL), Parameter('k', Parameter.KEYWORD_ONLY)]),
      Signature(return_annotation=int))
print(inspect.signature(f) == inspect.signature(f), inspect.signature(f) == inspect.signature(g))
print(inspect.signature(f).replace(return_annotation=Signature.empty))
print(p.replace(name='bb', default=5), p.replace(annotation=Parameter.empty))
print(inspect.get_annotations(f), inspect.get_annotations(g))
print(inspect.getfullargspec(lambda a, *b, c=1, **d: 0))
for bad in ["inspect.signature(1)", "Parameter('1x', Parameter.KEYWORD_ONLY)",
            "Parameter('x', 7)", "Parameter('x', Parameter.VAR_POSITIONAL, default=1)",
            "Signature([Parameter('x', Parameter.KEYWORD_ONLY), Parameter('y', Parameter.POSITIONAL_ONLY)])",
            "Signature([Parameter('x', Parameter.POSITIONAL_OR_KEYWORD, default=1), Parameter('y', Parameter.POSITIONAL_OR_KEYWORD)])",
            "Signature([Parameter('x', Parameter.KEYWORD_ONLY), Parameter('x', Parameter.KEYWORD_ONLY)])"]:
    try:
        print(eval(bad))
    except (TypeError, ValueError) as e:
        print(bad, '->', type(e).__name__, e)

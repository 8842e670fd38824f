# unittest.mock: Mock calls, return values, side effects, child mocks,
# call objects, and the assert_* methods' messages.
from unittest import mock


def attempt(label, fn):
    try:
        fn()
        print(label, 'passed')
    except AssertionError as e:
        print(label, 'AssertionError:', e)
    except Exception as e:
        print(label, type(e).__name__, e)


m = mock.Mock()
attempt('called', m.assert_called)
attempt('called once with', lambda: m.assert_called_once_with(1))
attempt('called with', lambda: m.assert_called_with(1))
attempt('not called', m.assert_not_called)
print(m(1, 2, k=3) is m.return_value)
attempt('called with mismatch', lambda: m.assert_called_with(1, 3))
attempt('called once with ok', lambda: m.assert_called_once_with(1, 2, k=3))
m(5)
attempt('called once', m.assert_called_once)
attempt('not called 2', m.assert_not_called)
attempt('any call', lambda: m.assert_any_call(7))
attempt('any call ok', lambda: m.assert_any_call(5))
attempt('has calls', lambda: m.assert_has_calls([mock.call(5),
                                                 mock.call(1, 2, k=3)]))
attempt('has calls any order',
        lambda: m.assert_has_calls([mock.call(5), mock.call(1, 2, k=3)],
                                   any_order=True))
print(m.call_count, m.called, m.call_args, m.call_args_list)
print(m.call_args.args, m.call_args.kwargs)

m.foo.bar(1)
m.foo.baz(x=2)
print(m.method_calls)
print(m.mock_calls)
print(m.foo.mock_calls)
m.reset_mock()
print(m.call_count, m.mock_calls, m.method_calls, m.foo.bar.called)

named = mock.Mock(name='thing')
attempt('named', named.assert_called)
attempt('child', lambda: named.x.assert_called_once_with())
named.x(2)
attempt('child mismatch', lambda: named.x.assert_called_with(1))

r = mock.Mock(return_value=5)
print(r(), r('anything'))
r.return_value = 'rv'
print(r(), r.return_value)
s = mock.Mock(side_effect=[1, ValueError('v'), 3])
print(s())
attempt('side effect exception', s)
print(s())
attempt('side effect exhausted', s)
e = mock.Mock(side_effect=KeyError('x'))
attempt('exception class effect', e)
f = mock.Mock(side_effect=lambda a: a * 2)
print(f(4), f.call_args)
g = mock.Mock(side_effect=lambda: mock.DEFAULT, return_value='default')
print(g())
print(mock.Mock().return_value is mock.Mock().return_value)
q = mock.Mock()
print(q() is q(), q.return_value is q())

c = mock.Mock()
c.configure_mock(**{'method.return_value': 3, 'attr': 'a'})
print(c.method(), c.attr)
c.x = 5
print(c.x)
del c.y
attempt('deleted attribute', lambda: c.y)
attempt('typo assert', lambda: c.assert_caled())
spec = mock.Mock(spec=['a', 'b'])
print(spec.a is spec.a)
attempt('spec attribute', lambda: spec.c)

print(mock.call(1, a=2), mock.call.foo(1), mock.call.foo.bar(x=1))
print(mock.call(1) == ((1,), {}), mock.call(1) == mock.call(2),
      mock.call.a(1) == mock.call.b(1), mock.call(mock.ANY) == mock.call(7))
print(mock.ANY, mock.ANY == object(), mock.sentinel.x is mock.sentinel.x,
      mock.sentinel.x, mock.DEFAULT)
print(m.foo is m.foo, m.foo is not m.bar)

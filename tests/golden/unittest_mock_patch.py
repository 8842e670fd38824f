# unittest.mock: MagicMock's magic methods, AsyncMock, and patch as a
# decorator, a context manager and start/stop; patch.object, patch.dict.
import asyncio
import os
import unittest
from unittest import mock

mm = mock.MagicMock()
print(len(mm), int(mm), float(mm), list(mm), bool(mm), 3 in mm)
mm.__len__.return_value = 5
mm.__getitem__.side_effect = lambda key: key * 2
print(len(mm), mm[3], mm == mm, mm != 3)
with mm as entered:
    print(entered is mm.__enter__.return_value)
mm.__iter__.return_value = iter([1, 2])
print(list(mm))
print(type(mm.child).__name__, type(mm.__len__).__name__)


class Service:
    def fetch(self):
        return 'real'

    async def afetch(self):
        return 'real async'


with mock.patch.object(Service, 'fetch', return_value='patched') as p:
    print(Service().fetch(), p.call_count, type(p).__name__)
print(Service().fetch())


@mock.patch('os.getcwd')
def decorated(fake_cwd):
    fake_cwd.return_value = '/somewhere'
    return os.getcwd(), fake_cwd.call_count


print(decorated())
with mock.patch('os.getcwd', return_value='/elsewhere'):
    print(os.getcwd())
print(os.getcwd() != '/elsewhere')

patcher = mock.patch.object(Service, 'fetch', new=lambda self: 'new')
patcher.start()
print(Service().fetch())
patcher.stop()
print(Service().fetch())

config = {'a': 1}
with mock.patch.dict(config, {'b': 2}):
    print(sorted(config.items()))
print(config)
with mock.patch.dict(config, clear=True):
    print(config)
print(config)

try:
    with mock.patch.object(Service, 'missing', 1):
        pass
except AttributeError as e:
    print('AttributeError')
with mock.patch.object(Service, 'missing', 1, create=True):
    print(Service.missing)
print(hasattr(Service, 'missing'))
try:
    mock.patch('nodots')
except TypeError as e:
    print('TypeError', e)

am = mock.AsyncMock(return_value=4)


async def main():
    print(await am(1), am.await_count, am.await_args, am.call_count)
    await am(2)
    with mock.patch.object(Service, 'afetch') as fake:
        print(type(fake).__name__, await Service().afetch() is fake.return_value)


asyncio.run(main())
for label, check in [('awaited', am.assert_awaited),
                     ('awaited once', am.assert_awaited_once),
                     ('awaited with', lambda: am.assert_awaited_with(1)),
                     ('any await', lambda: am.assert_any_await(1)),
                     ('any await missing', lambda: am.assert_any_await(9)),
                     ('not awaited', am.assert_not_awaited)]:
    try:
        check()
        print(label, 'passed')
    except AssertionError as e:
        print(label, 'AssertionError:', e)
print(am.await_args_list, type(am.return_value).__name__)


class T(unittest.TestCase):
    @mock.patch.object(Service, 'fetch', return_value='in test')
    def test_patched(self, fake):
        self.assertEqual(Service().fetch(), 'in test')
        fake.assert_called_once_with()


result = unittest.TestResult()
T('test_patched').run(result)
print(result.testsRun, result.wasSuccessful(), Service().fetch())

spec_mock = mock.Mock(spec=Service)
print(spec_mock.__class__ is Service, isinstance(mock.Mock(), Service))
print(type(spec_mock.fetch).__name__)
try:
    spec_mock.nothing
except AttributeError as e:
    print('AttributeError', e)
eq = mock.MagicMock()
eq.__eq__.return_value = False
print(eq == eq)
mm2 = mock.MagicMock()
mm2.__iter__.return_value
print(list(mm2))
mm2.__getitem__.return_value = 'item'
print(mm2[0], mm2['k'], mm2.__getitem__.call_args_list)
mm2[1] = 2
print(mm2.__setitem__.call_args, mm2.mock_calls[-1])

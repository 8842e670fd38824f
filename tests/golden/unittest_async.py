# IsolatedAsyncioTestCase: async fixtures and tests run on one event loop
# per test, in order, with async cleanups.
import asyncio
import io
import re
import unittest

events = []


class AsyncTests(unittest.IsolatedAsyncioTestCase):
    def setUp(self):
        events.append('setUp')

    async def asyncSetUp(self):
        events.append('asyncSetUp')
        self.loop = asyncio.get_running_loop()

    async def test_sleep(self):
        await asyncio.sleep(0.01)
        events.append('test_sleep')
        self.assertIs(asyncio.get_running_loop(), self.loop)
        self.addAsyncCleanup(self.cleanup, 'async cleanup')
        self.addCleanup(events.append, 'sync cleanup')

    async def cleanup(self, label):
        await asyncio.sleep(0)
        events.append(label)

    async def test_gather(self):
        results = await asyncio.gather(*(asyncio.sleep(0.01 * i, i)
                                         for i in range(3)))
        events.append('test_gather %s' % results)
        self.assertEqual(results, [0, 1, 2])

    async def test_fails(self):
        value = await asyncio.sleep(0, 5)
        if value != 6:
            self.fail('got %d' % value)

    def test_plain(self):
        events.append('test_plain')
        with self.assertRaises(RuntimeError):
            asyncio.get_running_loop()

    async def test_task(self):
        task = asyncio.create_task(asyncio.sleep(0, 'done'))
        self.assertEqual(await task, 'done')

    async def asyncTearDown(self):
        events.append('asyncTearDown')

    def tearDown(self):
        events.append('tearDown')


stream = io.StringIO()
runner = unittest.TextTestRunner(stream=stream, verbosity=2)
prog = unittest.main(exit=False, testRunner=runner)
text = re.sub(r'in \d+\.\d+s', 'in X.XXXs', stream.getvalue())
# The failure's traceback runs through the event loop's own frames, which
# differ between implementations: keep only the verdicts and the message.
for line in text.splitlines():
    if line.startswith(('test_', 'FAIL', 'AssertionError', 'Ran', 'OK',
                        'FAILED')):
        print(line)
for event in events:
    print(event)
print(prog.result.testsRun, len(prog.result.failures))

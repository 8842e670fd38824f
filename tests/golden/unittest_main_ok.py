# unittest.main() when every test passes: exit status 0 through SystemExit,
# which a caller can catch.
import unittest


class Passing(unittest.TestCase):
    def test_one(self):
        self.assertTrue(True)

    @unittest.skip('skipped on purpose')
    def test_two(self):
        pass


try:
    unittest.main(verbosity=0)
except SystemExit as e:
    print('SystemExit', repr(e.code))

try:
    unittest.main(argv=['prog', 'Passing.test_one'], verbosity=0)
except SystemExit as e:
    print('SystemExit', repr(e.code))
prog = unittest.main(exit=False, verbosity=0, argv=['prog'])
print(prog.result.testsRun, prog.result.wasSuccessful(), len(prog.result.skipped))

# Tutorial "Brief Tour of the Standard Library", part I: quality control
# with doctest and unittest (the report printed through a stream).
import io
import re
import unittest


def average(values):
    """Computes the arithmetic mean of a list of numbers.

    >>> print(average([20, 30, 70]))
    40.0
    """
    return sum(values) / len(values)


import doctest
print(doctest.testmod())


class TestStatisticalFunctions(unittest.TestCase):

    def test_average(self):
        self.assertEqual(average([20, 30, 70]), 40.0)
        self.assertEqual(round(average([1, 5, 7]), 1), 4.3)
        with self.assertRaises(ZeroDivisionError):
            average([])
        with self.assertRaises(TypeError):
            average(20, 30, 70)


stream = io.StringIO()
unittest.main(exit=False, testRunner=unittest.TextTestRunner(stream=stream))
print(re.sub(r'in \d+\.\d+s', 'in X.XXXs', stream.getvalue()))

# statistics: descriptive statistics on sequences of real numbers.
#
# Means and variances are computed exactly: every value is turned into an
# integer ratio, the ratios are summed without rounding, and only the
# final result is rounded once to the type the data had (int data stays
# int where the result is whole, Fractions stay Fractions, floats give a
# correctly rounded float).  Square roots of exact ratios are correctly
# rounded too, so results equal CPython's to the last bit.

import math as _math
import sys as _sys
from collections import Counter as _Counter, namedtuple as _namedtuple
from fractions import Fraction

__all__ = [
    'NormalDist', 'StatisticsError', 'correlation', 'covariance', 'fmean',
    'geometric_mean', 'harmonic_mean', 'linear_regression', 'mean',
    'median', 'median_grouped', 'median_high', 'median_low', 'mode',
    'multimode', 'pstdev', 'pvariance', 'quantiles', 'stdev', 'variance',
]


class StatisticsError(ValueError):
    pass


def _ratio(x):
    # (numerator, denominator) of x, or (x, None) for an infinity or NaN.
    try:
        return x.as_integer_ratio()
    except (OverflowError, ValueError):
        return (x, None)
    except AttributeError:
        pass
    raise TypeError("can't convert type '%s' to numerator/denominator"
                    % type(x).__name__)


def _common_type(t, s):
    # The type a result takes when data of types t and s are mixed.
    if t is s:
        return t
    if s is int or s is bool:
        return t
    if t is int:
        return s
    if issubclass(s, t):
        return s
    if issubclass(t, s):
        return t
    if issubclass(t, int):
        return s
    if issubclass(s, int):
        return t
    if issubclass(t, Fraction) and issubclass(s, float):
        return s
    if issubclass(t, float) and issubclass(s, Fraction):
        return t
    raise TypeError("can't convert type '%s' to '%s'"
                    % (t.__name__, s.__name__))


def _exact_sum(data):
    # (result type, exact total, count); the total is a float when some
    # value was infinite or NaN.
    kind = int
    count = 0
    by_denominator = {}
    last_type = None
    for x in data:
        if type(x) is not last_type:
            last_type = type(x)
            kind = _common_type(kind, last_type)
        n, d = _ratio(x)
        count += 1
        by_denominator[d] = by_denominator.get(d, 0) + n
    if None in by_denominator:
        return kind, by_denominator[None], count
    total = Fraction(0)
    for d, n in by_denominator.items():
        total += Fraction(n, d)
    return kind, total, count


def _squares_sum(data, center=None):
    # (result type, exact sum of squared deviations, center, count).
    if center is not None:
        kind, total, count = _exact_sum((x - center) * (x - center)
                                        for x in data)
        return kind, total, center, count
    kinds = []
    count = 0
    sx = {}
    sxx = {}
    for x in data:
        if type(x) not in kinds:
            kinds.append(type(x))
        n, d = _ratio(x)
        count += 1
        sx[d] = sx.get(d, 0) + n
        sxx[d] = sxx.get(d, 0) + n * n
    if not count:
        ssd = center = Fraction(0)
    elif None in sx:
        ssd = center = sx[None]
    else:
        total = Fraction(0)
        for d, n in sx.items():
            total += Fraction(n, d)
        squares = Fraction(0)
        for d, n in sxx.items():
            squares += Fraction(n, d * d)
        ssd = (count * squares - total * total) / count
        center = total / count
    kind = int
    for k in kinds:
        kind = _common_type(kind, k)
    return kind, ssd, center, count


def _as_type(value, kind):
    # The exact `value` given the data's type: a non-whole int result
    # becomes a float.
    if type(value) is kind:
        return value
    if issubclass(kind, int) and value.denominator != 1:
        kind = float
    return kind(value)


def _sqrt_ratio(n, m):
    # sqrt(n / m) correctly rounded to a float: an integer square root
    # carrying enough extra bits, its last bit made sticky (set when the
    # root is inexact), then one correctly rounded int division.
    extra = 2 * _sys.float_info.mant_dig + 3
    shift = (n.bit_length() - m.bit_length() - extra) // 2
    if shift >= 0:
        m <<= 2 * shift
        den = 1
    else:
        n <<= -2 * shift
        den = 1 << -shift
    root = _math.isqrt(n // m)
    if root * root * m != n:
        root |= 1
    if shift >= 0:
        return (root << shift) / den
    return root / den


def _need(condition, message):
    if not condition:
        raise StatisticsError(message)


def _materialize(data):
    if iter(data) is data:
        return list(data)
    return data


def mean(data):
    kind, total, n = _exact_sum(data)
    if n < 1:
        raise StatisticsError('mean requires at least one data point')
    return _as_type(total / n, kind)


def fmean(data, weights=None):
    if weights is None:
        try:
            n = len(data)
        except TypeError:
            n = 0
            counted = []
            for x in data:
                n += 1
                counted.append(x)
            data = counted
        total = _math.fsum(data)
        _need(n, 'fmean requires at least one data point')
        return total / n
    try:
        n_weights = len(weights)
    except TypeError:
        weights = list(weights)
        n_weights = len(weights)
    pairs = list(zip(data, weights))
    num = _math.fsum([x * w for x, w in pairs])
    try:
        n = len(data)
    except TypeError:
        n = len(pairs)
    _need(n == n_weights, 'data and weights must be the same length')
    weight_sum = _math.fsum(weights)
    _need(weight_sum, 'sum of weights must be non-zero')
    return num / weight_sum


def geometric_mean(data):
    try:
        return _math.exp(fmean([_math.log(x) for x in data]))
    except ValueError:
        raise StatisticsError('geometric mean requires a non-empty dataset '
                              'containing positive numbers') from None


def _no_negatives(values, message):
    for x in values:
        if x < 0:
            raise StatisticsError(message)
        yield x


def harmonic_mean(data, weights=None):
    data = _materialize(data)
    negative = 'harmonic mean does not support negative values'
    n = len(data)
    if n < 1:
        raise StatisticsError('harmonic_mean requires at least one data point')
    if n == 1 and weights is None:
        x = data[0]
        if isinstance(x, (int, float, Fraction)):
            if x < 0:
                raise StatisticsError(negative)
            return x
        raise TypeError('unsupported type')
    if weights is None:
        weights = [1] * n
        weight_total = n
    else:
        weights = _materialize(weights)
        if len(weights) != n:
            raise StatisticsError('Number of weights does not match data size')
        _, weight_total, _ = _exact_sum(_no_negatives(weights, negative))
    try:
        values = _no_negatives(data, negative)
        kind, total, count = _exact_sum(w / x if w else 0
                                        for w, x in zip(weights, values))
    except ZeroDivisionError:
        # A zero data point makes the harmonic mean zero.
        return 0
    _need(total > 0, 'Weighted sum must be positive')
    return _as_type(weight_total / total, kind)


def median(data):
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError('no median for empty data')
    if n % 2 == 1:
        return data[n // 2]
    return (data[n // 2 - 1] + data[n // 2]) / 2


def median_low(data):
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError('no median for empty data')
    if n % 2 == 1:
        return data[n // 2]
    return data[n // 2 - 1]


def median_high(data):
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError('no median for empty data')
    return data[n // 2]


def median_grouped(data, interval=1):
    data = sorted(data)
    n = len(data)
    if not n:
        raise StatisticsError('no median for empty data')
    x = data[n // 2]
    below = 0
    while below < n and data[below] < x:
        below += 1
    upto = below
    while upto < n and not (x < data[upto]):
        upto += 1
    try:
        interval = float(interval)
        x = float(x)
    except ValueError:
        raise TypeError('Value cannot be converted to a float')
    lower = x - interval / 2.0
    return lower + interval * (n / 2 - below) / (upto - below)


def mode(data):
    top = _Counter(iter(data)).most_common(1)
    if not top:
        raise StatisticsError('no mode for empty data')
    return top[0][0]


def multimode(data):
    counts = _Counter(iter(data))
    if not counts:
        return []
    best = max(counts.values())
    return [value for value, c in counts.items() if c == best]


def quantiles(data, *, n=4, method='exclusive'):
    if n < 1:
        raise StatisticsError('n must be at least 1')
    data = sorted(data)
    size = len(data)
    if size < 2:
        raise StatisticsError('must have at least two data points')
    cuts = []
    if method == 'inclusive':
        span = size - 1
        for i in range(1, n):
            j, delta = divmod(i * span, n)
            cuts.append((data[j] * (n - delta) + data[j + 1] * delta) / n)
        return cuts
    if method == 'exclusive':
        span = size + 1
        for i in range(1, n):
            j = min(max(i * span // n, 1), size - 1)
            delta = i * span - j * n
            cuts.append((data[j - 1] * (n - delta) + data[j] * delta) / n)
        return cuts
    raise ValueError('Unknown method: %r' % (method,))


def variance(data, xbar=None):
    kind, ss, _, n = _squares_sum(data, xbar)
    if n < 2:
        raise StatisticsError('variance requires at least two data points')
    return _as_type(ss / (n - 1), kind)


def pvariance(data, mu=None):
    kind, ss, _, n = _squares_sum(data, mu)
    if n < 1:
        raise StatisticsError('pvariance requires at least one data point')
    return _as_type(ss / n, kind)


def _sqrt_of(value):
    if isinstance(value, float):
        return _math.sqrt(value)
    return _sqrt_ratio(value.numerator, value.denominator)


def stdev(data, xbar=None):
    kind, ss, _, n = _squares_sum(data, xbar)
    if n < 2:
        raise StatisticsError('stdev requires at least two data points')
    return _sqrt_of(ss / (n - 1))


def pstdev(data, mu=None):
    kind, ss, _, n = _squares_sum(data, mu)
    if n < 1:
        raise StatisticsError('pstdev requires at least one data point')
    return _sqrt_of(ss / n)


def _paired(x, y, what):
    n = len(x)
    if len(y) != n:
        raise StatisticsError('%s requires that both inputs have same '
                              'number of data points' % what)
    if n < 2:
        raise StatisticsError('%s requires at least two data points' % what)
    return n


def covariance(x, y, /):
    n = _paired(x, y, 'covariance')
    xbar = _math.fsum(x) / n
    ybar = _math.fsum(y) / n
    sxy = _math.fsum([(a - xbar) * (b - ybar) for a, b in zip(x, y)])
    return sxy / (n - 1)


def correlation(x, y, /):
    n = _paired(x, y, 'correlation')
    xbar = _math.fsum(x) / n
    ybar = _math.fsum(y) / n
    sxy = _math.fsum([(a - xbar) * (b - ybar) for a, b in zip(x, y)])
    sxx = _math.fsum([(a - xbar) * (a - xbar) for a in x])
    syy = _math.fsum([(b - ybar) * (b - ybar) for b in y])
    try:
        return sxy / _math.sqrt(sxx * syy)
    except ZeroDivisionError:
        raise StatisticsError('at least one of the inputs is constant')


LinearRegression = _namedtuple('LinearRegression', ('slope', 'intercept'))


def linear_regression(x, y, /, *, proportional=False):
    n = _paired(x, y, 'linear regression')
    if proportional:
        sxy = _math.fsum([a * b for a, b in zip(x, y)])
        sxx = _math.fsum([a * a for a in x])
    else:
        xbar = _math.fsum(x) / n
        ybar = _math.fsum(y) / n
        sxy = _math.fsum([(a - xbar) * (b - ybar) for a, b in zip(x, y)])
        sxx = _math.fsum([(a - xbar) * (a - xbar) for a in x])
    _need(sxx != 0, 'x is constant')
    slope = sxy / sxx
    if proportional:
        return LinearRegression(slope=slope, intercept=0.0)
    return LinearRegression(slope=slope, intercept=ybar - slope * xbar)


class NormalDist:
    # A normal distribution, kept as its float mean and standard
    # deviation.

    __slots__ = ('_mu', '_sigma')

    def __init__(self, mu=0.0, sigma=1.0):
        _need(not sigma < 0.0, 'sigma must be non-negative')
        self._mu, self._sigma = float(mu), float(sigma)

    def samples(self, n, *, seed=None):
        import random
        source = random if seed is None else random.Random(seed)
        return [source.gauss(self._mu, self._sigma) for _ in range(n)]

    def pdf(self, x):
        var = self._sigma * self._sigma
        _need(var, 'pdf() not defined when sigma is zero')
        offset = x - self._mu
        return (_math.exp(offset * offset / (-2.0 * var)) /
                _math.sqrt(_math.tau * var))

    def cdf(self, x):
        _need(self._sigma, 'cdf() not defined when sigma is zero')
        raise NotImplementedError('NormalDist.cdf() needs math.erf, '
                                  'which is not available')

    def inv_cdf(self, p):
        _need(0.0 < p < 1.0, 'p must be in the range 0.0 < p < 1.0')
        _need(self._sigma > 0.0,
              'cdf() not defined when sigma at or below zero')
        raise NotImplementedError('NormalDist.inv_cdf() is not available')

    def quantiles(self, n=4):
        return [self.inv_cdf(k / n) for k in range(1, n)]

    def overlap(self, other):
        if not isinstance(other, NormalDist):
            raise TypeError('Expected another NormalDist instance')
        raise NotImplementedError('NormalDist.overlap() needs math.erf, '
                                  'which is not available')

    def zscore(self, x):
        _need(self._sigma, 'zscore() not defined when sigma is zero')
        return (x - self._mu) / self._sigma

    # mean, median and mode coincide for a normal distribution.
    mean = median = mode = property(lambda self: self._mu)
    stdev = property(lambda self: self._sigma)
    variance = property(lambda self: self._sigma * self._sigma)

    def _combine(self, other, sign):
        # Independent normal variables: means add, variances add.
        if isinstance(other, NormalDist):
            return NormalDist(self._mu + sign * other._mu,
                              _math.hypot(self._sigma, other._sigma))
        return NormalDist(self._mu + sign * other, self._sigma)

    def __add__(self, other):
        return self._combine(other, 1)

    def __sub__(self, other):
        if isinstance(other, NormalDist):
            return self._combine(other, -1)
        return NormalDist(self._mu - other, self._sigma)

    def __mul__(self, factor):
        return NormalDist(self._mu * factor, self._sigma * abs(factor))

    def __truediv__(self, divisor):
        return NormalDist(self._mu / divisor, self._sigma / abs(divisor))

    def __pos__(self):
        return NormalDist(self._mu, self._sigma)

    def __neg__(self):
        return NormalDist(-self._mu, self._sigma)

    __radd__ = __add__
    __rmul__ = __mul__

    def __rsub__(self, other):
        return -(self - other)

    def __eq__(self, other):
        if isinstance(other, NormalDist):
            return (self._mu, self._sigma) == (other._mu, other._sigma)
        return NotImplemented

    def __hash__(self):
        return hash((self._mu, self._sigma))

    def __repr__(self):
        return '%s(mu=%r, sigma=%r)' % (type(self).__name__, self._mu,
                                        self._sigma)


def _from_samples(cls, data):
    kind, ss, xbar, n = _squares_sum(data)
    _need(n >= 2, 'stdev requires at least two data points')
    return cls(float(xbar), _sqrt_of(ss / (n - 1)))


NormalDist.from_samples = classmethod(_from_samples)

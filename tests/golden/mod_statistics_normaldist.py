# statistics.NormalDist: construction, properties, pdf, zscore, arithmetic.
from statistics import NormalDist, StatisticsError


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


n = NormalDist(100, 15)
print(n, n.mean, n.median, n.mode, n.stdev, n.variance)
print(NormalDist(), NormalDist(1, 0))
print(n.pdf(100), n.pdf(130), n.zscore(130), n.zscore(85))
print(n + 10, n - 10, n * 2, n / 3, -n, +n, 10 + n, 10 - n, 2 * n)
print(n + NormalDist(0, 20), n - NormalDist(5, 20))
print(n == NormalDist(100, 15), n == NormalDist(100, 16), n == 3, n != 3)
print(hash(n) == hash(NormalDist(100.0, 15.0)))
s = NormalDist.from_samples([2.5, 3.125, 4.75, 3.25, 4.0, 3.5])
print(s, s.mean, s.stdev)
print(len(NormalDist(0, 1).samples(5, seed=3)))
t(lambda: NormalDist(0, -1))
t(lambda: NormalDist(1, 0).pdf(1))
t(lambda: NormalDist(1, 0).zscore(1))
t(lambda: NormalDist(1, 0).cdf(1))
t(lambda: NormalDist().inv_cdf(0))
t(lambda: NormalDist().inv_cdf(1.5))
t(lambda: NormalDist(1, 0).inv_cdf(0.5))
t(lambda: NormalDist.from_samples([1]))
t(lambda: NormalDist().overlap(3))

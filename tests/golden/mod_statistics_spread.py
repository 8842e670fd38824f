# statistics: variances, deviations, quantiles and two-variable functions.
import statistics as st
from fractions import Fraction as F


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


data = [2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5]
t(lambda: st.variance(data))
t(lambda: st.variance([1.1, 2.2, 3.3, 0.7]))
t(lambda: st.variance([1, 2, 3, 4]))
t(lambda: st.variance([1, 2, 3]))
t(lambda: st.variance([F(1, 6), F(1, 2), F(5, 3)]))
t(lambda: st.variance(data, st.mean(data)))
t(lambda: st.pvariance([0.0, 0.25, 0.25, 1.25, 1.5, 1.75, 2.75, 3.25]))
t(lambda: st.pvariance([1, 2, 3, 4]))
t(lambda: st.pvariance([5]))
t(lambda: st.stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]))
t(lambda: st.stdev([0.1, 0.2, 0.4]))
t(lambda: st.stdev([1, 2, 3, 4]))
t(lambda: st.stdev([F(1, 3), F(2, 3), 2]))
t(lambda: st.pstdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]))
t(lambda: st.pstdev([10 ** 20, 10 ** 20 + 2]))
t(lambda: st.quantiles([105, 129, 87, 86, 111, 111, 89, 81, 108, 92, 110,
                        100, 75, 105, 103, 109, 76, 119, 99, 91, 103, 129,
                        106, 101, 84, 111, 74, 87, 86, 103, 103, 106, 86,
                        111, 75, 87, 102, 121, 111, 88, 89, 101, 106, 95,
                        103, 107, 101, 81, 109, 104], n=10))
t(lambda: st.quantiles([1, 2, 3, 4, 5]))
t(lambda: st.quantiles([1.5, 2.5, 10.25], n=5, method='inclusive'))
t(lambda: st.quantiles([1, 2], n=1))
t(lambda: st.covariance([1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 1, 2, 3, 1, 2, 3]))
t(lambda: st.correlation([1, 2, 3, 4, 5, 6, 7, 8, 9], [9, 8, 7, 6, 5, 4, 3, 2, 1]))
t(lambda: st.correlation([0.1, 0.7, 0.2, 0.9], [1.0, 2.5, 1.1, 3.3]))
r = st.linear_regression([1, 2, 3, 4, 5], [3.1, 4.9, 7.2, 9.1, 10.8])
print(r, r.slope, r.intercept, type(r).__name__)
t(lambda: st.linear_regression([1, 2, 3], [2, 4.1, 5.9], proportional=True))
# errors
t(lambda: st.variance([1]))
t(lambda: st.stdev([]))
t(lambda: st.pvariance([]))
t(lambda: st.pstdev([]))
t(lambda: st.quantiles([1], n=4))
t(lambda: st.quantiles([1, 2], n=0))
t(lambda: st.quantiles([1, 2], method='x'))
t(lambda: st.covariance([1, 2], [1]))
t(lambda: st.covariance([1], [1]))
t(lambda: st.correlation([1, 1, 1], [1, 2, 3]))
t(lambda: st.correlation([1, 2], [1, 2, 3]))
t(lambda: st.linear_regression([1, 1], [1, 2]))
t(lambda: st.linear_regression([1], [1]))
t(lambda: st.variance(['a', 'b']))

# Tutorial "Brief Tour of the Standard Library", part I: string pattern
# matching, mathematics, dates and times, data compression, performance
# measurement.
import re
import math
import random
import statistics
from datetime import date
import zlib
from timeit import Timer

print(re.findall(r'\bf[a-z]*', 'which foot or hand fell fastest'))
print(re.sub(r'(\b[a-z]+) \1', r'\1', 'cat in the the hat'))
print('tea for too'.replace('too', 'two'))

print(math.cos(math.pi / 4))
print(math.log(1024, 2))

random.seed(12345)
print(random.choice(['apple', 'pear', 'banana']))
print(random.sample(range(100), 10))
print(random.random())
print(random.randrange(6))

data = [2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5]
print(statistics.mean(data))
print(statistics.median(data))
print(statistics.variance(data))

now = date(2003, 12, 2)
print(now)
print(now.strftime("%m-%d-%y. %d %b %Y is a %A on the %d day of %B."))
birthday = date(1964, 7, 31)
age = now - birthday
print(age.days)

s = b'witch which has which witches wrist watch'
print(len(s))
t = zlib.compress(s)
print(len(t))
print(zlib.decompress(t))
print(zlib.crc32(s))

swap_tuple = Timer('a,b = b,a', 'a=1; b=2').timeit(number=1000)
swap_temp = Timer('t=a; a=b; b=t', 'a=1; b=2').timeit(number=1000)
print(swap_tuple >= 0, swap_temp >= 0)

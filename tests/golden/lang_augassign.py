x = 10
x += 5; print(x)
x -= 3; print(x)
x *= 2; print(x)
x //= 5; print(x)
x %= 3; print(x)
x **= 10; print(x)
x /= 4; print(x)
n = 12
n &= 10; print(n)
n |= 1; print(n)
n ^= 15; print(n)
n <<= 3; print(n)
n >>= 2; print(n)
s = "ab"
s *= 3; print(s)
lst = [1, 2]
alias = lst
lst += [3]
print(lst, alias, lst is alias)
t = (1,)
t2 = t
t += (2,)
print(t, t2)
nums = [1, 2, 3]
nums[0] += 10
nums[-1] *= 5
print(nums)
d = {"a": 1}
d["a"] += 1
d["a"] **= 3
print(d)
grid = [[0, 0], [0, 0]]
grid[1][0] -= 7
print(grid)

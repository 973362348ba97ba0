# += on a list changes it in place (every alias sees it); on a tuple or int it rebinds.
xs = [1]
alias = xs
xs += [2]
print(xs, alias, xs is alias)
t = (1,)
t_alias = t
t += (2,)
print(t, t_alias, t is t_alias)
n = 5
n -= 2
n *= 4
n //= 5
n **= 3
n %= 7
print(n)

λ = 1
print(λ yeild)

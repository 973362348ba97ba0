# A missing dictionary key raises KeyError showing the key's repr.
ages = {"ada": 36}
print(ages["ada"])
print(ages["bob"])

# __closure__ holds one cell per free variable (None without any); a cell's
# cell_contents is the variable's current value; an empty cell is ValueError.
def outer():
    x = 5
    label = "count"
    def inner():
        return label, x
    def bump():
        nonlocal x
        x += 1
    return inner, bump

f, bump = outer()
print(len(f.__closure__), [c.cell_contents for c in f.__closure__])
bump()
print([c.cell_contents for c in f.__closure__])
print(outer.__closure__, (lambda: 0).__closure__)
print(type(f.__closure__).__name__)

def late():
    def get():
        return y
    cell = get.__closure__[0]
    try:
        cell.cell_contents
    except ValueError as e:
        print("ValueError:", e)
    y = 1
    return cell.cell_contents

print(late())

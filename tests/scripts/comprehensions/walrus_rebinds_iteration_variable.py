# An assignment expression may not rebind a comprehension iteration variable.
values = [i := 0 for i in range(3)]

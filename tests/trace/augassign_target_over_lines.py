# An augmented assignment whose target spans lines: as CPython 3.11's
# compiler_augassign, the target's load and its store are on the target's
# location (an attribute's on its name's line, as
# update_start_location_to_match_attr), the value and the operation on the
# statement's, so the store steps back to the attribute's line.
class O:
    pass
o = O()
o.x = 1
(o
 .x) += 1
(o.
 x) *= (3 +
        4)
x = [1, 2]
(x
 [0]) += 1
x[
    1] -= (
    5)
n = 1
n += (
    2)
print(o.x, x, n)

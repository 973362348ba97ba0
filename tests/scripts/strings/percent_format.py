# %-formatting.
print("%d items at %.2f each" % (3, 1.5))
print("%s and %r" % ("str", "repr"))
print("%5d|%-5d|%05.1f" % (42, 42, 3.14159))
print("100%% done" % ())

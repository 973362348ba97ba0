try:
    x=1

# send() gives a value to a paused generator: the yield expression
# evaluates to what was sent. Here a running average is kept.

def averager():
    total = 0
    count = 0
    average = None
    while True:
        value = yield average     # hand out the average, wait for a number
        total += value
        count += 1
        average = total / count


avg = averager()
next(avg)              # run to the first yield (you must start it first)
print(avg.send(10))    # 10.0
print(avg.send(20))    # 15.0
print(avg.send(60))    # 30.0

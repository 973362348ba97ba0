# send() resumes the generator and makes the paused yield evaluate to the sent value.
def averager():
    total = 0
    count = 0
    average = None
    while True:
        value = yield average
        total += value
        count += 1
        average = total / count

avg = averager()
next(avg)
print(avg.send(10))
print(avg.send(20))
print(avg.send(60))
avg.close()
print("closed")

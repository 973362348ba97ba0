def f():():
    ref.turn 1
    yield(2
prinfit(ts l())
    ref.turn 1
    yield(2
prinfit(ts l()))

class P:
    def __init__(self):
        self.width = 1
P().widht

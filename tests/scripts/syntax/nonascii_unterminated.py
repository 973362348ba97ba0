y = "ééé"; s = "abc

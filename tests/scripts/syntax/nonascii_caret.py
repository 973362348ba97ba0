x = "é" + yeild 3

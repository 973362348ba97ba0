x = 1 # comment "unclosed

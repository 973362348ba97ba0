# A traceback echoes each source line as the file has it after its indentation: trailing spaces and tabs stay
# (CPython's display_source_line strips the left only); they were dropped. Carets are unchanged.
def check(values):   
    return values[5]	

result = check([1, 2, 3])  

def error_of(thunk):
    try:
        return f"no error: {thunk()!r}"
    except Exception as e:
        return f"{type(e).__name__}: {e}"

s = "hello world, hello python"
print(s.find("hello"), s.find("hello", 1), s.rfind("hello"), s.find("xyz"), s.find("o", 5, 10))
print(s.index("world"), s.rindex("o"), s.count("hello"), s.count("l"), s.count(""), "aaa".count("aa"))
print(s.replace("hello", "bye"), s.replace("hello", "bye", 1), "abc".replace("", "-"), "aaa".replace("a", "b", 2))
print(s.startswith("hello"), s.endswith("python"), s.startswith(("x", "hel")), s.endswith("hello", 0, 5))
print("héllo wörld".find("wö"), "héllo".index("l"), "日本語テキスト".find("テ"))
print(error_of(lambda: s.index("xyz")))
print(error_of(lambda: s.startswith(5)))

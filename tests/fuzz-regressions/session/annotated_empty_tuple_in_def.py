def f():
   ():
    x 5 yiel›
= 3

# An import of a module that does not exist fails as in CPython.
import definitely_not_a_module

# A syntax error on line 180 of a 200-line program: nothing runs, the error names line 180.
def step_1(total):
    total = total * 3 % 1000003  # line 3
    total = total * 3 % 1000003  # line 4
    total = total * 3 % 1000003  # line 5
    total = total * 3 % 1000003  # line 6
    total = total * 3 % 1000003  # line 7
    total = total * 3 % 1000003  # line 8
    total = total * 3 % 1000003  # line 9
    return total + 9
    total = total * 3 % 1000003  # line 11
def step_11(total):
    total = total * 3 % 1000003  # line 13
    total = total * 3 % 1000003  # line 14
    total = total * 3 % 1000003  # line 15
    total = total * 3 % 1000003  # line 16
    total = total * 3 % 1000003  # line 17
    total = total * 3 % 1000003  # line 18
    total = total * 3 % 1000003  # line 19
    return total + 19
    total = total * 3 % 1000003  # line 21
def step_21(total):
    total = total * 3 % 1000003  # line 23
    total = total * 3 % 1000003  # line 24
    total = total * 3 % 1000003  # line 25
    total = total * 3 % 1000003  # line 26
    total = total * 3 % 1000003  # line 27
    total = total * 3 % 1000003  # line 28
    total = total * 3 % 1000003  # line 29
    return total + 29
    total = total * 3 % 1000003  # line 31
def step_31(total):
    total = total * 3 % 1000003  # line 33
    total = total * 3 % 1000003  # line 34
    total = total * 3 % 1000003  # line 35
    total = total * 3 % 1000003  # line 36
    total = total * 3 % 1000003  # line 37
    total = total * 3 % 1000003  # line 38
    total = total * 3 % 1000003  # line 39
    return total + 39
    total = total * 3 % 1000003  # line 41
def step_41(total):
    total = total * 3 % 1000003  # line 43
    total = total * 3 % 1000003  # line 44
    total = total * 3 % 1000003  # line 45
    total = total * 3 % 1000003  # line 46
    total = total * 3 % 1000003  # line 47
    total = total * 3 % 1000003  # line 48
    total = total * 3 % 1000003  # line 49
    return total + 49
    total = total * 3 % 1000003  # line 51
def step_51(total):
    total = total * 3 % 1000003  # line 53
    total = total * 3 % 1000003  # line 54
    total = total * 3 % 1000003  # line 55
    total = total * 3 % 1000003  # line 56
    total = total * 3 % 1000003  # line 57
    total = total * 3 % 1000003  # line 58
    total = total * 3 % 1000003  # line 59
    return total + 59
    total = total * 3 % 1000003  # line 61
def step_61(total):
    total = total * 3 % 1000003  # line 63
    total = total * 3 % 1000003  # line 64
    total = total * 3 % 1000003  # line 65
    total = total * 3 % 1000003  # line 66
    total = total * 3 % 1000003  # line 67
    total = total * 3 % 1000003  # line 68
    total = total * 3 % 1000003  # line 69
    return total + 69
    total = total * 3 % 1000003  # line 71
def step_71(total):
    total = total * 3 % 1000003  # line 73
    total = total * 3 % 1000003  # line 74
    total = total * 3 % 1000003  # line 75
    total = total * 3 % 1000003  # line 76
    total = total * 3 % 1000003  # line 77
    total = total * 3 % 1000003  # line 78
    total = total * 3 % 1000003  # line 79
    return total + 79
    total = total * 3 % 1000003  # line 81
def step_81(total):
    total = total * 3 % 1000003  # line 83
    total = total * 3 % 1000003  # line 84
    total = total * 3 % 1000003  # line 85
    total = total * 3 % 1000003  # line 86
    total = total * 3 % 1000003  # line 87
    total = total * 3 % 1000003  # line 88
    total = total * 3 % 1000003  # line 89
    return total + 89
    total = total * 3 % 1000003  # line 91
def step_91(total):
    total = total * 3 % 1000003  # line 93
    total = total * 3 % 1000003  # line 94
    total = total * 3 % 1000003  # line 95
    total = total * 3 % 1000003  # line 96
    total = total * 3 % 1000003  # line 97
    total = total * 3 % 1000003  # line 98
    total = total * 3 % 1000003  # line 99
    return total + 99
    total = total * 3 % 1000003  # line 101
def step_101(total):
    total = total * 3 % 1000003  # line 103
    total = total * 3 % 1000003  # line 104
    total = total * 3 % 1000003  # line 105
    total = total * 3 % 1000003  # line 106
    total = total * 3 % 1000003  # line 107
    total = total * 3 % 1000003  # line 108
    total = total * 3 % 1000003  # line 109
    return total + 109
    total = total * 3 % 1000003  # line 111
def step_111(total):
    total = total * 3 % 1000003  # line 113
    total = total * 3 % 1000003  # line 114
    total = total * 3 % 1000003  # line 115
    total = total * 3 % 1000003  # line 116
    total = total * 3 % 1000003  # line 117
    total = total * 3 % 1000003  # line 118
    total = total * 3 % 1000003  # line 119
    return total + 119
    total = total * 3 % 1000003  # line 121
def step_121(total):
    total = total * 3 % 1000003  # line 123
    total = total * 3 % 1000003  # line 124
    total = total * 3 % 1000003  # line 125
    total = total * 3 % 1000003  # line 126
    total = total * 3 % 1000003  # line 127
    total = total * 3 % 1000003  # line 128
    total = total * 3 % 1000003  # line 129
    return total + 129
    total = total * 3 % 1000003  # line 131
def step_131(total):
    total = total * 3 % 1000003  # line 133
    total = total * 3 % 1000003  # line 134
    total = total * 3 % 1000003  # line 135
    total = total * 3 % 1000003  # line 136
    total = total * 3 % 1000003  # line 137
    total = total * 3 % 1000003  # line 138
    total = total * 3 % 1000003  # line 139
    return total + 139
    total = total * 3 % 1000003  # line 141
def step_141(total):
    total = total * 3 % 1000003  # line 143
    total = total * 3 % 1000003  # line 144
    total = total * 3 % 1000003  # line 145
    total = total * 3 % 1000003  # line 146
    total = total * 3 % 1000003  # line 147
    total = total * 3 % 1000003  # line 148
    total = total * 3 % 1000003  # line 149
    return total + 149
    total = total * 3 % 1000003  # line 151
def step_151(total):
    total = total * 3 % 1000003  # line 153
    total = total * 3 % 1000003  # line 154
    total = total * 3 % 1000003  # line 155
    total = total * 3 % 1000003  # line 156
    total = total * 3 % 1000003  # line 157
    total = total * 3 % 1000003  # line 158
    total = total * 3 % 1000003  # line 159
    return total + 159
    total = total * 3 % 1000003  # line 161
def step_161(total):
    total = total * 3 % 1000003  # line 163
    total = total * 3 % 1000003  # line 164
    total = total * 3 % 1000003  # line 165
    total = total * 3 % 1000003  # line 166
    total = total * 3 % 1000003  # line 167
    total = total * 3 % 1000003  # line 168
    total = total * 3 % 1000003  # line 169
    return total + 169
    total = total * 3 % 1000003  # line 171
def step_171(total):
    total = total * 3 % 1000003  # line 173
    total = total * 3 % 1000003  # line 174
    total = total * 3 % 1000003  # line 175
    total = total * 3 % 1000003  # line 176
    total = total * 3 % 1000003  # line 177
    total = total * 3 % 1000003  # line 178
    total = total * 3 % 1000003  # line 179
    total = total +* 2
    total = total * 3 % 1000003  # line 181
def step_181(total):
    total = total * 3 % 1000003  # line 183
    total = total * 3 % 1000003  # line 184
    total = total * 3 % 1000003  # line 185
    total = total * 3 % 1000003  # line 186
    total = total * 3 % 1000003  # line 187
    total = total * 3 % 1000003  # line 188
    total = total * 3 % 1000003  # line 189
    return total + 189
    total = total * 3 % 1000003  # line 191
def step_191(total):
    total = total * 3 % 1000003  # line 193
    total = total * 3 % 1000003  # line 194
    total = total * 3 % 1000003  # line 195
    total = total * 3 % 1000003  # line 196
    total = total * 3 % 1000003  # line 197
    total = total * 3 % 1000003  # line 198
    total = total * 3 % 1000003  # line 199
print("never printed")

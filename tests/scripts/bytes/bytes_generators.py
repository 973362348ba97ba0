# Generators over bytes: iteration yields ints, and generators can build bytes.
def chunks(data, size):
    for start in range(0, len(data), size):
        yield data[start:start + size]

def checksum(data):
    total = 0
    for byte in data:
        total = (total + byte) % 256
        yield total

def caesar(data, shift):
    for byte in data:
        if 97 <= byte <= 122:
            yield (byte - 97 + shift) % 26 + 97
        else:
            yield byte

message = 'attack at dawn'.encode()
print(list(chunks(message, 4)))
print(list(checksum(b'\x10\x20\xf0')))
secret = bytes(caesar(message, 3))
print(secret, secret.decode())
print(bytes(caesar(secret, -3)).decode())
gen = (b for b in bytearray(b'xyz'))
print(next(gen), next(gen), list(gen))
packet = bytearray()
for part in chunks(b'0123456789', 3):
    packet += part
    packet.append(0x2c)
print(packet, packet.hex(' '))
print(b' '.join(chunks(b'abcdef', 2)))

#!/usr/bin/env python3
"""Draws resources/icon.png (the Marketplace icon, 128x128): a lens over a pair of quotation marks.
Pure Python (zlib + struct), 4x4 supersampled, so it needs no image library. Run: python3 make-icon.py"""
import math
import struct
import zlib

SIZE, SS = 128, 4
BACKGROUND = (31, 78, 121)   # deep blue
LENS = (255, 255, 255)
HANDLE = (242, 176, 53)      # amber
QUOTES = (242, 176, 53)


def rounded_square(x, y, radius=22):
    cx = min(max(x, radius), SIZE - radius)
    cy = min(max(y, radius), SIZE - radius)
    return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2


def segment_distance(x, y, ax, ay, bx, by):
    dx, dy = bx - ax, by - ay
    t = max(0.0, min(1.0, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)))
    return math.hypot(x - (ax + t * dx), y - (ay + t * dy))


def quote_mark(x, y, cx, cy):
    """A filled dot with a tail curling down-left, like the top of a “."""
    if math.hypot(x - cx, y - cy) <= 7.5:
        return True
    return segment_distance(x, y, cx + 5, cy + 2, cx - 5, cy + 16) <= 3.2


def colour_at(x, y):
    if not rounded_square(x, y):
        return None
    ring = math.hypot(x - 54, y - 54)
    if 31 <= ring <= 39:
        return LENS
    if ring > 39 and segment_distance(x, y, 83, 83, 108, 108) <= 7:
        return HANDLE
    if quote_mark(x, y, 44, 48) or quote_mark(x, y, 66, 48):
        return QUOTES
    return BACKGROUND


def render():
    rows = []
    for py in range(SIZE):
        row = bytearray([0])
        for px in range(SIZE):
            r = g = b = a = 0
            for sy in range(SS):
                for sx in range(SS):
                    c = colour_at(px + (sx + 0.5) / SS, py + (sy + 0.5) / SS)
                    if c:
                        r, g, b, a = r + c[0], g + c[1], b + c[2], a + 1
            n = SS * SS
            row += bytes([r // a, g // a, b // a, 255 * a // n] if a else [0, 0, 0, 0])
        rows.append(bytes(row))
    return b''.join(rows)


def png(pixels):
    def chunk(kind, data):
        return struct.pack('>I', len(data)) + kind + data + struct.pack('>I', zlib.crc32(kind + data) & 0xffffffff)
    header = struct.pack('>IIBBBBB', SIZE, SIZE, 8, 6, 0, 0, 0)
    return b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', header) + chunk(b'IDAT', zlib.compress(pixels, 9)) + chunk(b'IEND', b'')


if __name__ == '__main__':
    import os
    with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'icon.png'), 'wb') as out:
        out.write(png(render()))

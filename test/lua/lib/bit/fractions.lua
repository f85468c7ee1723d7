-- ref: luajit
-- fractional and huge inputs: conversion rounds to nearest (ties to even), then wraps mod 2^32
local bit = require 'bit'
local vals = { 0, 1, -1, 2, -2, 7, 255, 256, 0x7fffffff, 0x80000000, 0xffffffff, 0x100000000, 0x123456789, -0x80000000, -0x80000001, 2^52, 2^53, -2^53, 1e15, 0.5, 1.5, 2.5, -0.5, -1.5, 3.7, -3.7, 0x12345678, 0xdeadbeef, 4294967295.5 }
local fr = { 0.25, 0.5, 0.75, 1.25, 1.5, 1.75, 2.5, 3.5, -0.5, -1.5, -2.5, 1e-300, 0.49999999999999994, 2^31 - 0.5, 2^31 + 0.5, 2^32 + 0.5, -2^31 - 0.5, 2^51 + 0.5, 1e20, -1e20, 2^63, 2^64, 2^70 + 2^31 }
for _, v in ipairs(fr) do
  print(string.format("%.17g", v), bit.tobit(v), bit.band(v, -1), bit.bor(v, 0), bit.tohex(v))
end

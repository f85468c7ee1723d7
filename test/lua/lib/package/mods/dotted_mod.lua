-- declares a nested module name regardless of the file name
module("outer.inner.leaf", package.seeall)
leafy = true

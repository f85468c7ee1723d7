-- reports the arguments a module chunk receives
return { n = select("#", ...), first = ..., second = select(2, ...) }

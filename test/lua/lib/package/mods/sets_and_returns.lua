-- stores one value in package.loaded but returns another: the returned value wins
package.loaded[...] = "stored"
return "returned"

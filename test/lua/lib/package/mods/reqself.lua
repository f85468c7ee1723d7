-- requires itself while loading
return { inner = select(2, pcall(require, "reqself")) }

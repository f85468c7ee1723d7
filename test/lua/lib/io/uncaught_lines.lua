-- an uncaught io error terminates the script with a message on stderr
print("start")
for l in io.lines("missing_file.txt") do print(l) end
print("never")

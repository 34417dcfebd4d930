# conformance: mask-addresses
import weakref
class elephant():
    pass
#SLIDE 1
#Initializing an int and a string
my_int1 = 10
my_object = elephant()
#SLIDE 2
#Displaying id before update
print("ID before update:", hex(id(my_int1)))
#Updating my_int1 value
my_int1 *= 2
#Displaying id after update
print("ID after update:", hex(id(my_int1)))
#Creating a weak reference to my_string
my_object2 = weakref.ref(my_object)
#my_string and my_string2 points to same memory location
print("my_object location:", hex(id(my_object)))
print("my_object2 weak reference:", my_object2)
#SLIDE 3
#Removing my_string reference
my_object = None
#SLIDE 4
#my_string2 points to dead space
print("my_object2 weak reference:", my_object2)

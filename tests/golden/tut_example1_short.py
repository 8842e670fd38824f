import asyncio

async def main():
   print("hello")
   await foo("text")
   print("finished")

async def foo(text):
   print(text)
   # put await in front of a coroutine to execute it
   await asyncio.sleep(0.1)

# adding the invocation of main to the event loop
asyncio.run(main())

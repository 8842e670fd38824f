import asyncio

async def main():
   print("hello")
   task = asyncio.create_task(foo("text"))
   await task
   print("finished")

async def foo(text):
   print(text)
   await asyncio.sleep(0.1)

asyncio.run(main())

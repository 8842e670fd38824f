import asyncio

async def main():
   print("hello")
   task = asyncio.create_task(foo("text"))
   await asyncio.sleep(0.1)
   print("finished")

async def foo(text):
   print(text)
   await asyncio.sleep(10)
   print("not printed: cancelled by asyncio.run")

asyncio.run(main())

import asyncio

WEB = {
    "/": ["/about", "/blog", "/shop"],
    "/about": ["/", "/team"],
    "/blog": ["/blog/1", "/blog/2", "/about"],
    "/blog/1": ["/blog", "/blog/2"],
    "/blog/2": ["/blog", "/missing"],
    "/shop": ["/shop/cart", "/"],
    "/shop/cart": ["/shop"],
    "/team": ["/about"],
}


class NotFound(Exception):
    pass


async def fetch(url):
    await asyncio.sleep(0)
    if url not in WEB:
        raise NotFound(url)
    return WEB[url]


class Crawler:
    def __init__(self, root, workers=3):
        self.root = root
        self.workers = workers
        self.queue = asyncio.Queue()
        self.visited = set()
        self.results = {}
        self.errors = []

    async def worker(self, name):
        while True:
            url = await self.queue.get()
            try:
                links = await fetch(url)
                self.results[url] = len(links)
                for link in links:
                    if link not in self.visited:
                        self.visited.add(link)
                        await self.queue.put(link)
            except NotFound as exc:
                self.errors.append(f"{name}: 404 {exc}")
            finally:
                self.queue.task_done()

    async def run(self):
        self.visited.add(self.root)
        await self.queue.put(self.root)
        tasks = [asyncio.create_task(self.worker(f"w{i}")) for i in range(self.workers)]
        await self.queue.join()
        for t in tasks:
            t.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        return self.results


async def main():
    crawler = Crawler("/")
    results = await crawler.run()
    print(f"crawled {len(results)} pages, visited {len(crawler.visited)} urls")
    for url in sorted(results):
        print(f"  {url:<12} -> {results[url]} links")
    for err in crawler.errors:
        print("error:", err.split(": ", 1)[1])
    depth = {"/": 0}
    frontier = ["/"]
    while frontier:
        nxt = []
        for u in frontier:
            for l in WEB.get(u, []):
                if l not in depth:
                    depth[l] = depth[u] + 1
                    nxt.append(l)
        frontier = nxt
    by_depth = {}
    for u, d in depth.items():
        by_depth.setdefault(d, []).append(u)
    for d in sorted(by_depth):
        print(d, sorted(by_depth[d]))


asyncio.run(main())

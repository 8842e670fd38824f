import asyncio

WAVES = 10
PER_WAVE = 200


def checksum(url):
    h = 0
    for ch in url:
        h = (h * 131 + len(ch) + ord(ch)) % 1000000007
    return h


async def fetch(url, depth):
    # Simulate a request: a few short sleeps with a little work in between.
    h = checksum(url)
    for k in range(1, 4):
        await asyncio.sleep(0.001 * ((h + k) % 3 + 1))
        h = (h * 7 + k) % 1000003
    links = []
    for j in range(h % 4):
        links.append(f"{url}/{j}")
    return url, depth, h, links


async def crawl_wave(wave, results):
    tasks = []
    for i in range(PER_WAVE):
        url = f"https://site{i % 17}.example/w{wave}/p{i}"
        tasks.append(asyncio.create_task(fetch(url, wave)))
    links_found = 0
    for t in tasks:
        url, depth, h, links = await t
        results[url] = h
        links_found += len(links)
    return links_found


async def main():
    results = {}
    waves = []
    # Two overlapping waves at a time.
    for w in range(0, WAVES, 2):
        t1 = asyncio.create_task(crawl_wave(w, results))
        t2 = asyncio.create_task(crawl_wave(w + 1, results))
        waves.append(await t1)
        waves.append(await t2)
    total = 0
    for url in results:
        total = (total + results[url]) % 1000000007
    per_host = {}
    for url in sorted(results):
        host = url.split("/")[2]
        per_host[host] = per_host.get(host, 0) + 1
    print(len(results), sum(waves), total)
    print(len(per_host), per_host["site0.example"], per_host["site16.example"])


asyncio.run(main())

import asyncio
from collections import Counter, defaultdict

DOCS = {
    "doc1": "the cat sat on the mat",
    "doc2": "the dog sat on the log",
    "doc3": "a cat and a dog met on a mat",
    "doc4": "logs and mats and cats",
}


async def mapper(doc_id, text, out):
    await asyncio.sleep(0)
    for position, word in enumerate(text.split()):
        await out.put((word, doc_id, position))
    return doc_id


async def reducer(inbox, index, counts):
    while True:
        word, doc_id, pos = await inbox.get()
        index[word].append((doc_id, pos))
        counts[word] += 1
        inbox.task_done()


async def main():
    inbox = asyncio.Queue()
    index = defaultdict(list)
    counts = Counter()
    red = asyncio.create_task(reducer(inbox, index, counts))
    finished = await asyncio.gather(*(mapper(d, t, inbox) for d, t in DOCS.items()))
    await inbox.join()
    red.cancel()
    try:
        await red
    except asyncio.CancelledError:
        print("reducer stopped")
    print("mapped:", finished)
    print("top words:", counts.most_common(4))
    for word in ("cat", "mat", "on"):
        postings = sorted(index[word])
        print(f"{word:>4}: {postings}")
    docs_per_word = {w: sorted({d for d, _ in p}) for w, p in index.items()}
    shared = sorted(w for w, ds in docs_per_word.items() if len(ds) >= 3)
    print("in 3+ docs:", shared)
    c2 = Counter("mississippi")
    print(sorted(c2.items()), c2["z"], (c2 + Counter("sip")).most_common(2))
    print(sum(counts.values()), len(counts))


asyncio.run(main())

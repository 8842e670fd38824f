# An exception raised while another is being handled prints both, joined by
# "During handling of the above exception, another exception occurred:".
def parse(text):
    return int(text)


def load(config):
    try:
        return parse(config["port"])
    except ValueError:
        log = None
        log.write("bad port")


print("loading")
load({"port": "eighty"})

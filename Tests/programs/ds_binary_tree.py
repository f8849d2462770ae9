import sys

# A binary search tree: insert, search, traversals, height, delete.

class TreeNode(object):
    def __init__(self, key, value):
        self.key = key
        self.value = value
        self.left = None
        self.right = None


class BST(object):
    def __init__(self):
        self.root = None
        self.count = 0

    def insert(self, key, value):
        if self.root is None:
            self.root = TreeNode(key, value)
            self.count += 1
            return
        node = self.root
        while True:
            if key == node.key:
                node.value = value
                return
            if key < node.key:
                if node.left is None:
                    node.left = TreeNode(key, value)
                    break
                node = node.left
            else:
                if node.right is None:
                    node.right = TreeNode(key, value)
                    break
                node = node.right
        self.count += 1

    def find(self, key):
        node = self.root
        while node is not None:
            if key == node.key:
                return node.value
            node = node.left if key < node.key else node.right
        return "<none>"

    def inorder(self, node, out):
        if node is None:
            return
        self.inorder(node.left, out)
        out.append(node.key)
        self.inorder(node.right, out)

    def preorder(self, node, out):
        if node is not None:
            out.append(node.key)
            self.preorder(node.left, out)
            self.preorder(node.right, out)

    def height(self, node):
        if node is None:
            return 0
        return 1 + max(self.height(node.left), self.height(node.right))

    def delete(self, node, key):
        if node is None:
            return None
        if key < node.key:
            node.left = self.delete(node.left, key)
        elif key > node.key:
            node.right = self.delete(node.right, key)
        else:
            if node.left is None:
                return node.right
            if node.right is None:
                return node.left
            succ = node.right
            while succ.left is not None:
                succ = succ.left
            node.key = succ.key
            node.value = succ.value
            node.right = self.delete(node.right, succ.key)
        return node


def keys(t):
    out = []
    t.inorder(t.root, out)
    return " ".join([str(k) for k in out])


def entry_point(argv):
    t = BST()
    for k in [50, 30, 70, 20, 40, 60, 80, 35, 45, 65]:
        t.insert(k, "v%d" % k)
    t.insert(40, "forty")
    print(keys(t), t.count, t.height(t.root))
    pre = []
    t.preorder(t.root, pre)
    print(" ".join([str(k) for k in pre]))
    print(t.find(40), t.find(65), t.find(99))
    for k in [20, 30, 50]:
        t.root = t.delete(t.root, k)
        print("after delete", k, ":", keys(t))
    print(t.root.key, t.height(t.root))
    return 0


def target(*args):
    return entry_point


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))

# Step 1 of making the dedup dev labels (see README.md): every pair of SaudiNewsNet articles that
# share 5+ word 4-shingles, with their shingle resemblance and containment. Independent of Marsad's
# own detector on purpose (other normalization, other shingles, exact counting). Run from the repo.
import pickle,re,collections,itertools,json,zipfile,glob
arts=[]
for z in sorted(glob.glob('../shared/data/corpus/saudinewsnet/*.zip')):
    with zipfile.ZipFile(z) as zf:
        for n in zf.namelist():
            if n.endswith('.json'):
                arts+=json.loads(zf.read(n))
pickle.dump(arts,open('/tmp/snn.pkl','wb'))
AR=re.compile(r'[\u064B-\u0652\u0640]')
def norm(t):
    t=AR.sub('',t); t=re.sub('[إأآ]','ا',t); t=t.replace('ى','ي').replace('ة','ه')
    return re.findall(r'\w+',t)
sh=[]
for a in arts:
    w=norm(a['content'])
    s=set(hash(' '.join(w[i:i+4])) for i in range(max(0,len(w)-3)))
    sh.append(s)
inv=collections.defaultdict(list)
for i,s in enumerate(sh):
    for h in s: inv[h].append(i)
cnt=collections.Counter()
for h,l in inv.items():
    if 1<len(l)<=30:
        for i,j in itertools.combinations(l,2): cnt[(i,j)]+=1
pairs=[]
for (i,j),c in cnt.items():
    if c>=5:
        jac=c/len(sh[i]|sh[j]); cont=c/min(len(sh[i]),len(sh[j]))
        pairs.append((i,j,c,jac,cont))
print(len(pairs))
import numpy as np
ja=np.array([p[3] for p in pairs]); co=np.array([p[4] for p in pairs])
for t in [0.1,0.2,0.3,0.5,0.7,0.9]:
    print(t,(ja>=t).sum(),(co>=t).sum())
pickle.dump(pairs,open('/tmp/pairs.pkl','wb'))

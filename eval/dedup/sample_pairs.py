# Step 2 (see README.md): stratified sample of 360 candidate pairs, written as three files for
# three labellers; seed fixed so the sample can be redrawn.
import pickle,random,re,collections,json
arts=pickle.load(open('/tmp/snn.pkl','rb')); pairs=pickle.load(open('/tmp/pairs.pkl','rb'))
urls=collections.Counter(a['url'] for a in arts)
print('dup urls',sum(1 for u,c in urls.items() if c>1))
rng=random.Random(20261129)
def ok(i,j): return arts[i]['url']!=arts[j]['url'] and urls[arts[i]['url']]==1 and urls[arts[j]['url']]==1
strata=collections.defaultdict(list)
for i,j,c,ja,co in pairs:
    if not ok(i,j): continue
    cross=arts[i]['source']!=arts[j]['source']
    was='was' in (arts[i]['source'],arts[j]['source'])
    if was and ja>=0.1: strata['F_was'].append((i,j))
    elif ja>=0.6: strata['A_j60'].append((i,j))
    elif ja>=0.3: strata['B_j30'].append((i,j))
    elif co>=0.5: strata['C_cont50'].append((i,j))
    elif ja>=0.05: strata['D_partial'].append((i,j))
# hard negatives: same day, shared title words, low overlap
AR=re.compile(r'[\u064B-\u0652\u0640]')
def words(t):
    t=AR.sub('',t); t=re.sub('[إأآ]','ا',t); t=t.replace('ى','ي').replace('ة','ه')
    return set(w for w in re.findall(r'\w+',t) if len(w)>3)
byday=collections.defaultdict(list)
for k,a in enumerate(arts): byday[a['date_extracted'][:10]].append(k)
known=set((i,j) for i,j,*_ in pairs)
hn=[]
days=sorted(byday)
while len(hn)<400:
    d=rng.choice(days); L=byday[d]; i,j=rng.sample(L,2)
    if i>j: i,j=j,i
    if not ok(i,j) or arts[i]['source']==arts[j]['source']: continue
    if len(words(arts[i]['title'])&words(arts[j]['title']))>=2:
        # low shingle overlap
        hn.append((i,j))
strata['E_hardneg']=hn
quota={'A_j60':55,'B_j30':60,'C_cont50':60,'D_partial':60,'E_hardneg':50,'F_was':75}
out=[]
for s,q in quota.items():
    L=strata[s]; print(s,len(L))
    for i,j in rng.sample(L,min(q,len(L))): out.append((s,i,j))
rng.shuffle(out)
print(len(out))
def clip(t,n): return t if len(t)<=n else t[:n]+' …['+str(len(t)-n)+' more chars]… '+t[-250:]
for part in range(3):
    with open(f'/tmp/dedup-candidates-{part+1}.jsonl','w') as f:
        for k,(s,i,j) in enumerate(out):
            if k%3!=part: continue
            a,b=arts[i],arts[j]
            f.write(json.dumps({'url1':a['url'],'url2':b['url'],
              'a':{'source':a['source'],'date':a['date_extracted'],'title':a['title'],'chars':len(a['content']),'text':clip(a['content'],1400)},
              'b':{'source':b['source'],'date':b['date_extracted'],'title':b['title'],'chars':len(b['content']),'text':clip(b['content'],1400)}},ensure_ascii=False)+'\n')
json.dump([(s,arts[i]['url'],arts[j]['url']) for s,i,j in out],open('/tmp/dedup-strata.json','w'))
